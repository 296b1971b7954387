# escape=`
FROM mcr.microsoft.com/dotnet/framework/sdk:4.8 AS build
WORKDIR C:\src
COPY . .
RUN nuget restore App.sln && `
    msbuild App.sln /p:Configuration=Release
RUN if exist C:\src\obj rmdir /s /q C:\src\obj

FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022
COPY --from=build C:\src\App\bin\Release C:\inetpub\wwwroot
