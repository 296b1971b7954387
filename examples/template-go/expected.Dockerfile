FROM {{ .BaseImage }}
{{- if .WithCurl }}
RUN apt-get update
RUN apt-get install -y curl
{{- end }}
ENTRYPOINT ["/app"]
