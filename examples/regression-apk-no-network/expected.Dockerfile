FROM alpine:3.19
RUN set -eux; \
	apk add --no-cache --virtual .build-deps gcc make; \
	make -C /usr/src/app install; \
	apk add --no-network --virtual .app-rundeps $runDeps; \
	apk del --no-network .build-deps
