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
