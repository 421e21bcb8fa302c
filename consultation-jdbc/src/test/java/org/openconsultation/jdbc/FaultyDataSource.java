package org.openconsultation.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Wraps a {@link DataSource} so that its connections die on the Nth step: the Nth statement
 * executed or commit, counted from when it is {@linkplain #failAt armed}. The dying connection is
 * closed (the database rolls back what was not committed) and the step throws an {@link
 * SQLNonTransientConnectionException} with SQLState 08006, as a lost network would. With {@link
 * Mode#AFTER_COMMIT}, a commit at that step goes through first and only its answer is lost.
 */
final class FaultyDataSource implements DataSource {

  /** When the step fails. */
  enum Mode {
    /** Before the statement or commit reaches the database. */
    BEFORE,
    /** A commit reaches the database and succeeds; the connection dies before the answer. */
    AFTER_COMMIT,
    /**
     * The statement is refused with SQLState 40001 (a serialization failure); the connection and
     * its transaction stay usable for a rollback.
     */
    SERIALIZATION
  }

  private final DataSource delegate;
  private final AtomicInteger steps = new AtomicInteger();
  private volatile int failAt = -1;
  private volatile boolean always;
  private volatile boolean sticky;
  private volatile Mode mode = Mode.BEFORE;
  private final AtomicInteger failures = new AtomicInteger();

  FaultyDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** Fails the {@code n}th step from now (1 is the next one), once. */
  void failAt(int n, Mode how) {
    steps.set(0);
    mode = how;
    sticky = false;
    failAt = n;
  }

  /**
   * Fails the {@code n}th step from now as {@code how} says, then every later step (as a lost
   * connection), until {@link #disarm()}: a database that goes away at that step.
   */
  void failFrom(int n, Mode how) {
    failAt(n, how);
    sticky = true;
  }

  /** Fails every step from now on, until {@link #disarm()}. */
  void failAlways(Mode how) {
    steps.set(0);
    mode = how;
    always = true;
  }

  /** Stops failing. */
  void disarm() {
    failAt = -1;
    always = false;
    sticky = false;
  }

  /** How many steps ran since the last {@link #failAt}. */
  int steps() {
    return steps.get();
  }

  /** How many failures were injected. */
  int failures() {
    return failures.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(delegate.getConnection(username, password));
  }

  private Connection wrap(Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            new Handler(real, real));
  }

  /** How the step about to run must fail, or null if it runs; counts it. */
  private @Nullable Mode dies() {
    int step = steps.incrementAndGet();
    if (always) {
      failures.incrementAndGet();
      return mode;
    }
    if (failAt > 0 && step == failAt) {
      failAt = -1;
      failures.incrementAndGet();
      Mode how = mode;
      if (sticky) {
        mode = Mode.BEFORE; // the database is gone: nothing after this step reaches it
        always = true;
      }
      return how;
    }
    return null;
  }

  private static SQLException lost() {
    return new SQLNonTransientConnectionException("injected: connection lost", "08006");
  }

  private final class Handler implements InvocationHandler {
    private final Connection connection;
    private final Object target;

    Handler(Connection connection, Object target) {
      this.connection = connection;
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      boolean step = name.startsWith("execute") || name.equals("commit");
      Mode how = step ? dies() : null;
      if (how != null) {
        if (how == Mode.SERIALIZATION) {
          throw new SQLException("injected: could not serialize access", "40001");
        }
        if (how == Mode.AFTER_COMMIT && name.equals("commit")) {
          connection.commit();
        }
        connection.close();
        throw lost();
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (result instanceof Statement statement && !(result instanceof Connection)) {
        Class<?> type =
            result instanceof java.sql.PreparedStatement
                ? java.sql.PreparedStatement.class
                : Statement.class;
        return Proxy.newProxyInstance(
            type.getClassLoader(), new Class<?>[] {type}, new Handler(connection, statement));
      }
      return result;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate.isWrapperFor(iface);
  }
}
