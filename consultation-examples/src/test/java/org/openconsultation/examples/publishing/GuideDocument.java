package org.openconsultation.examples.publishing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The generated blocks of the publishing guide. A block is a start marker line, {@code <!--
 * snippet:NAME -->} or {@code <!-- sample:NAME -->}, its content, and an end marker line, {@code
 * <!-- /snippet -->} or {@code <!-- /sample -->}. The prose around the blocks is written by hand;
 * the content of each block is made by the code: a snippet is the tour's source between its {@code
 * // publishing:NAME:begin} and {@code :end} markers, a sample is taken from what the tour wrote.
 */
final class GuideDocument {

  private static final Pattern START =
      Pattern.compile("<!-- (sample|snippet):([A-Za-z0-9._-]+) -->");
  private static final Pattern END = Pattern.compile("<!-- /(sample|snippet) -->");
  private static final Pattern MARKER =
      Pattern.compile("^\\s*// publishing:([A-Za-z0-9._-]+):(begin|end)\\s*$");

  private GuideDocument() {}

  /** A block of the guide: its kind ({@code sample} or {@code snippet}), name and content. */
  record Block(String kind, String name, String content) {}

  /** What a sample block shows: a fenced block in {@code language}, or raw text if it is empty. */
  record Sample(String language, String body) {

    /** The block's content. */
    String render() {
      return language.isEmpty() ? "\n" + body + "\n" : fenced(language, body);
    }
  }

  /** The blocks of {@code doc}, in order. */
  static List<Block> blocks(String doc) {
    List<Block> blocks = new ArrayList<>();
    rewrite(
        doc,
        b -> {
          blocks.add(b);
          return b.content();
        });
    return blocks;
  }

  /**
   * {@code doc} with the content of every block made again from {@code snippets} and {@code
   * samples}; a block whose name is in neither keeps its content.
   */
  static String fill(String doc, Map<String, String> snippets, Map<String, Sample> samples) {
    return rewrite(
        doc,
        b -> {
          if (b.kind().equals("snippet") && snippets.containsKey(b.name())) {
            return fenced("java", snippets.get(b.name()));
          } else if (b.kind().equals("sample") && samples.containsKey(b.name())) {
            return samples.get(b.name()).render();
          }
          return b.content();
        });
  }

  /**
   * Reads {@code doc} line by line, telling {@code blocks} each block, and returns it with each
   * block's content replaced by what {@code blocks} answers.
   */
  private static String rewrite(String doc, Function<Block, String> blocks) {
    StringBuilder out = new StringBuilder();
    Block open = null;
    List<String> content = new ArrayList<>();
    int number = 0;
    for (String line : doc.split("\n", -1)) {
      number++;
      Matcher start = START.matcher(line);
      if (open == null) {
        if (start.matches()) {
          open = new Block(start.group(1), start.group(2), "");
          content.clear();
        }
        out.append(line).append('\n');
      } else if (line.equals("<!-- /" + open.kind() + " -->")) {
        Block block = new Block(open.kind(), open.name(), String.join("\n", content));
        String made = blocks.apply(block);
        out.append(made.isEmpty() ? "" : made + "\n").append(line).append('\n');
        open = null;
      } else if (start.matches() || END.matcher(line).matches()) {
        throw new IllegalStateException("line " + number + ": " + open.name() + " is not closed");
      } else {
        content.add(line);
      }
    }
    if (open != null) {
      throw new IllegalStateException(open.kind() + " " + open.name() + " is not closed");
    }
    return out.substring(0, out.length() - 1);
  }

  /** {@code body} in a fenced code block, the fence longer than any run of backticks inside. */
  static String fenced(String language, String body) {
    String fence = "```";
    while (body.contains(fence)) {
      fence += "`";
    }
    return fence + language + "\n" + body + "\n" + fence;
  }

  /**
   * The snippets marked in the Java sources of {@code dir}, by name, each without its common
   * indentation and trailing blank lines.
   */
  static Map<String, String> snippets(Path dir) throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      String open = null;
      int from = 0;
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = MARKER.matcher(lines.get(i));
        if (!m.matches()) {
          continue;
        }
        if (m.group(2).equals("begin") && open == null) {
          open = m.group(1);
          from = i + 1;
        } else if (m.group(2).equals("end") && m.group(1).equals(open)) {
          if (snippets.put(open, dedent(lines.subList(from, i))) != null) {
            throw new IllegalStateException("snippet " + open + " is marked twice");
          }
          open = null;
        } else {
          throw new IllegalStateException(source + ":" + (i + 1) + ": unexpected " + m.group());
        }
      }
      if (open != null) {
        throw new IllegalStateException(source + ": snippet " + open + " has no end marker");
      }
    }
    return snippets;
  }

  private static String dedent(List<String> body) {
    List<String> lines = new ArrayList<>(body);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream()
        .map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
