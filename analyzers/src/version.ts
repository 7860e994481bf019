/** Recorded in every repo row; a test keeps it equal to the analyzers package version. */
export const toolVersion = '0.1.0';
