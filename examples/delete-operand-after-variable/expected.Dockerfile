# A deletion names a path next to one only the shell knows ("$GNUPGHOME", $TMP): the static path still counts,
# so the RUN that downloaded it and the RUN that deletes it share a layer.
FROM debian:bookworm AS gpg
RUN curl -fsSLo /tmp/tool.tar.gz https://example.invalid/tool.tar.gz \
    && curl -fsSLo /tmp/tool.tar.gz.asc https://example.invalid/tool.tar.gz.asc \
    && export GNUPGHOME="$(mktemp -d)" \
    && gpg --batch --verify /tmp/tool.tar.gz.asc /tmp/tool.tar.gz \
    && tar -xzf /tmp/tool.tar.gz -C /opt \
    && rm -rf "$GNUPGHOME" /tmp/tool.tar.gz /tmp/tool.tar.gz.asc

FROM debian:bookworm AS after-options-end
RUN wget -O /tmp/app.zip https://example.invalid/app.zip \
    && unzip /tmp/app.zip -d /opt/app && rm -f -- $TMPDIR/app.lock /tmp/app.zip

FROM debian:bookworm
RUN wget -qO /usr/src/installer.run https://example.invalid/installer.run \
    && sh /usr/src/installer.run --prefix=/opt/x && rm -rf ${BUILD_DIR}/cache /usr/src/installer.run
