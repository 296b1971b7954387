/** The RPM family: yum, dnf (4 and 5), microdnf, tdnf. Same shape, different cache directories. */
import type { PackageManager } from './types.js';
/**
 * Base images whose `yum` is dnf (yum 4+ is a link to dnf-3 or dnf5), with its cache in /var/cache/dnf or
 * /var/cache/libdnf5: RHEL and UBI 8+ and their rebuilds (Rocky, Alma, Oracle Linux), CentOS 8 and Stream 8+
 * (also sclorg's `-c9s` builds), Fedora 22+, Amazon Linux 2023. Matched on the reference FROM names.
 */
export declare const YUM_IS_DNF: RegExp[];
export declare const yum: PackageManager;
export declare const dnf: PackageManager;
export declare const microdnf: PackageManager;
export declare const tdnf: PackageManager;
