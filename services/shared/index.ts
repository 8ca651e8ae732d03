export { ERROR_CODES, isErrorCode, type ErrorCode, type ErrorCodeSpec } from './error-codes';
export { AppError, isAppError, type AppErrorOptions } from './app-error';
export { projectRoot } from './project-root';
