/** The RPM family: yum, dnf (4 and 5), microdnf, tdnf. Same shape, different cache directories. */
import type { PackageManager } from './types.js';
export declare const yum: PackageManager;
export declare const dnf: PackageManager;
export declare const microdnf: PackageManager;
export declare const tdnf: PackageManager;
