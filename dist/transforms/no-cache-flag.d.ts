export declare const noCacheFlag: import("./index.js").Transform;
