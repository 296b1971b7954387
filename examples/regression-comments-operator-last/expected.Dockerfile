FROM ubuntu:24.04
RUN apt-get update && \
  apt-get install -y --no-install-recommends ca-certificates && \
  #-------------------------------------------------------------
  # Python
  #-------------------------------------------------------------
  apt-get install -y --no-install-recommends python3 python3-venv && \
  #-------------------------------------------------------------
  # Node.js
  #-------------------------------------------------------------
  apt-get install -y --no-install-recommends nodejs npm && \
  apt-get clean && \
  rm -rf /var/lib/apt/lists/*
