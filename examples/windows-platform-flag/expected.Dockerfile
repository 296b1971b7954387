FROM --platform=windows/amd64 mcr.microsoft.com/dotnet/sdk:8.0 AS build
RUN dotnet new console -o app && dotnet publish app -c Release -o out
RUN dotnet nuget locals all --clear

FROM --platform=windows/amd64 mcr.microsoft.com/dotnet/runtime:8.0
COPY --from=build /out /app
