/**
 * Operations: what a person running termbot looks at. Health and readiness endpoints and Prometheus
 * metrics on the hardened HTTP server of {@code dev.termbot.http} ({@link dev.termbot.ops.OpsServer}, {@link dev.termbot.ops.OpsMetrics},
 * {@link dev.termbot.ops.MetricsUsageLog}), and the log output: readable lines or JSON lines
 * ({@link dev.termbot.ops.LogLineEncoder}, {@link dev.termbot.ops.LogFormat}) with every configured
 * secret redacted ({@link dev.termbot.ops.SecretRedactor}).
 *
 * <p>May use the core, Micrometer, {@code dev.termbot.http}, SLF4J and Logback; never a platform,
 * storage or the command line (the command line wires these pieces). An ArchUnit test keeps it so,
 * and keeps Micrometer out of every package but this one and {@code cli}, and Logback out of every
 * package but this one.
 */
package dev.termbot.ops;
