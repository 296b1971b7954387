export declare const slimInstall: import("./index.js").Transform;
