/** The running version: set by the build (TSUNAGU_VERSION) or by npm (`npm start` sets npm_package_version). */
export const SERVER_VERSION: string = process.env.TSUNAGU_VERSION ?? process.env.npm_package_version ?? '0.0.0-dev';
