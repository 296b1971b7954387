FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04
SHELL ["pwsh", "-NoLogo", "-Command"]
RUN Install-Module -Name Az.Accounts -Force -Scope AllUsers
RUN Install-Module -Name Az.Storage -Force -Scope AllUsers; Remove-Item -Recurse -Force $env:TEMP/*
