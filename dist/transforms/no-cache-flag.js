/**
 * no-cache-flag: install without keeping a download cache (`pip install --no-cache-dir`, `apk add --no-cache`).
 */
import { flagTransform } from './lib/install-flag.js';
export const noCacheFlag = flagTransform('no-cache-flag', 'safe', "Add the package manager's no-cache option to install commands (pip --no-cache-dir, apk --no-cache, uv --no-cache).", `Some package managers can install without keeping a download cache at all: 'pip install --no-cache-dir',
'apk add --no-cache', 'uv pip install --no-cache'. That is cheaper and clearer than deleting the cache afterwards.
The option is inserted right after the subcommand. Nothing is added when the option (or an equivalent one) is
already there, when PIP_NO_CACHE_DIR / UV_NO_CACHE is set to a true value in an ENV or ARG of the stage or on the
command, when a cache, tmpfs or bind mount covers the cache directory (the cache is wanted), in a RUN that runs
'apk update' (the index it writes stays either way: removing it is what saves bytes there), or under
'# dockerfile-squash ignore=no-cache-flag' or the matching hadolint pragma (DL3019 apk, DL3042 pip).`);
