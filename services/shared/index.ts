export { ERROR_CODES, isErrorCode, type ErrorCode, type ErrorCodeSpec } from './error-codes';
export { AppError, isAppError, type AppErrorOptions } from './app-error';
export { projectRoot, devKeysDir } from './project-root';
export { formatMinorUnits } from './money';
export {
  ConfigError,
  createEnvReader,
  type Env,
  type EnvReader,
  type IntRule,
} from './config/env-reader';
export { deepFreeze } from './config/deep-freeze';
export { runMain, type Stoppable } from './process/run-main';
export { moneyLabel, dayLabel, countLabel } from './labels';
export { readSchemaFiles } from './schema-files';
export { createLogger, REDACTED_PATHS, type CreateLoggerOptions } from './logging/create-logger';
export { createRequestStats, type RequestStats } from './telemetry/request-stats';
export {
  chooseLogFormat,
  readTelemetryConfig,
  SAMPLER_NAMES,
  type LogFormat,
  type SamplerName,
  type TelemetryConfig,
  type TracingConfig,
} from './telemetry/telemetry-config';
export {
  installTracing,
  startTracing,
  type InstallTracingOptions,
  type Tracing,
} from './telemetry/start-tracing';
export {
  endSpan,
  extractTraceContext,
  injectTraceContext,
  recordingActiveSpan,
  traceIdOf,
  tracer,
  TRACER_NAME,
} from './telemetry/spans';
export {
  startProcessTelemetry,
  type ProcessTelemetry,
  type ProcessTelemetryOptions,
} from './telemetry/process-telemetry';
