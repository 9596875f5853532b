/** The package's root directory. */
export declare const packageRoot: string;
/** The bundle `name` as a file URL, built if needed; null when it cannot be. */
export declare function bundleOf(name: 'cli' | 'worker' | 'library'): URL | null;
