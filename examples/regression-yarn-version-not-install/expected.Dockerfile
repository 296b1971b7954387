FROM alpine:3.20
RUN apk add --no-cache --virtual .build-deps-yarn curl tar \
  && tar -xzf yarn-v1.22.19.tar.gz -C /opt/ \
  && ln -s /opt/yarn-v1.22.19/bin/yarn /usr/local/bin/yarn \
  && apk del .build-deps-yarn \
  && yarn --version
