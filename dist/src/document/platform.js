/**
 * Windows images: their RUN lines go to cmd or PowerShell, never to a POSIX shell, so nothing in them may be
 * joined with `&&` or parsed as sh. Recognised from the image reference, where Windows is named in the
 * repository path or in the tag (`python:3.12-windowsservercore-ltsc2022`, `…/dotnet/sdk:8.0-nanoserver-1809`),
 * from .NET Framework images (Windows only), and from `FROM --platform=windows/…`.
 */
const WINDOWS_NAME = /(^|[/:._-])(windows|windowsservercore|servercore|nanoserver|ltsc20\d\d)(?=$|[/:._-])/i;
/** .NET Framework (as opposed to .NET) only exists for Windows. */
const WINDOWS_ONLY_REPOSITORY = /^(mcr\.microsoft\.com\/)?dotnet\/framework\//i;
export function isWindowsImage(image, platform) {
    if (platform !== null && /^windows(\/|$)/i.test(platform))
        return true;
    return WINDOWS_NAME.test(image) || WINDOWS_ONLY_REPOSITORY.test(image);
}
/**
 * `FROM $BASE` / `FROM ${BASE}`: the reference with the global ARG defaults (those before the first FROM)
 * substituted, as the builder does when no --build-arg overrides them. Unknown variables stay as written.
 */
export function expandGlobalArgs(image, globalArgs) {
    // An ARG default may itself name an earlier ARG (`ARG BASE=…:${VERSION}`): the builder expanded it then.
    let expanded = image;
    for (let round = 0; round < 4 && expanded.includes('$'); round++) {
        const next = expandOnce(expanded, globalArgs);
        if (next === expanded)
            break;
        expanded = next;
    }
    return expanded;
}
function expandOnce(image, globalArgs) {
    return image.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (whole, braced, fallback, bare) => {
        const value = globalArgs.get((braced ?? bare));
        return value || (fallback ?? whole);
    });
}
