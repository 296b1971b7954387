ARG WINDOWS_VERSION=1809
ARG BASE=mcr.microsoft.com/powershell:lts-nanoserver-${WINDOWS_VERSION}
FROM ${BASE} AS base
SHELL ["pwsh", "-Command", "$ErrorActionPreference = 'Stop';"]
RUN Install-Module -Name PSScriptAnalyzer -Force
RUN Install-Module -Name Pester -Force

FROM base
COPY scripts/ C:/scripts/
RUN Invoke-Pester C:/scripts
