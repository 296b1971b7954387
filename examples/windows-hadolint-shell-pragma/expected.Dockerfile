# The base is a Windows image built elsewhere; its shell is PowerShell.
FROM registry.example.com/ci/agent:2024
# hadolint shell=powershell

RUN & C:/tools/install-plugins.ps1 -Plugins git,junit
RUN Remove-Item -Recurse -Force C:/tools/cache; `
    New-Item -ItemType Directory C:/tools/cache
