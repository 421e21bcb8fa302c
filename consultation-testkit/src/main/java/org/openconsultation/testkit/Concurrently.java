package org.openconsultation.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs one task per thread, all released together by a start gate, and waits a bounded time for
 * them. No sleeping: the gate is a {@link CountDownLatch}.
 */
final class Concurrently {

  private Concurrently() {}

  /**
   * Starts {@code threads} tasks made by {@code task} (given the thread's index), releases them at
   * once and returns their results in index order. A task that throws fails the whole run with its
   * exception; tasks still running after {@code limit} are interrupted and the run fails.
   */
  static <T> List<T> run(int threads, Duration limit, IntFunction<Callable<T>> task)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>(threads);
      for (int i = 0; i < threads; i++) {
        Callable<T> work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return work.call();
                }));
      }
      if (!ready.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("the threads did not start within " + limit);
      }
      long deadline = System.nanoTime() + limit.toNanos();
      start.countDown();
      List<T> results = new ArrayList<>(threads);
      for (Future<T> future : futures) {
        long left = Math.max(0, deadline - System.nanoTime());
        try {
          results.add(future.get(left, TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
          throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionError("the threads did not finish within " + limit, e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
  }
}
