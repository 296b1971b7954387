# A deletion behind a guard still deletes what the earlier RUN downloaded.
FROM debian:bookworm AS test-s
RUN curl -fsSL --output /tmp/install.sh https://example.com/install.sh \
    && sh /tmp/install.sh --prefix /opt/tool \
    && test -s /tmp/install.sh && rm -f /tmp/install.sh

FROM test-s AS bracket
RUN wget -qO /tmp/agent.deb https://example.com/agent.deb \
    && dpkg -i /tmp/agent.deb \
    && [ -f /tmp/agent.deb ] && rm /tmp/agent.deb

FROM bracket
RUN wget -q -P /tmp https://example.com/plugin.jar \
    && java -jar /tmp/plugin.jar --install /opt/plugins \
    && if [ -f /tmp/plugin.jar ]; then rm /tmp/plugin.jar; fi
