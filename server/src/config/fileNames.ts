// The names of the project configuration file, looked for in this order in each folder from a
// report's own folder up (apart from projectConfig.ts so that the VS Code client can watch them
// without bundling the parser).
export const CONFIG_FILE_NAMES: readonly string[] = ['.govreportrc.json', 'govreport.config.json'];
