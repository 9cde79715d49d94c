/**
 * The measuring instrument behind {@code target/termbot-bench.jar} (built beside the product, never
 * shipped in it; source folder {@code src/bench/java}): a deterministic synthetic chat corpus with
 * planted phrase variants and near misses, synthetic phrase sets of a chosen size on top of the
 * real glossary, same-run baselines (char-read ceiling, {@code contains}, regex alternation), and
 * single-threaded throughput, recall, heap and start-up measurements of the detector and the core.
 *
 * <p>Depends on core, glossary, detection and the JDK only (an ArchUnit test keeps it that way);
 * the command line and JSON rendering ({@code BenchMain}, {@code BenchCommand}, {@code BenchJson})
 * live in package {@code cli} of the same source folder.
 */
package dev.termbot.bench;
