/**
 * A 500-line Dockerfile for timing the playground: four stages of the kind a large project has (long package
 * lists one per line, ENV blocks, comments, COPY/WORKDIR between build steps), with the naive split RUNs the
 * tool is for, so every stage gets merges and clean-ups.
 */
export function bigDockerfile(lines = 500): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG DEBIAN=bookworm'];
  for (let stage = 0; out.length < lines; stage++) {
    // each stage builds on the one before, so every stage's filesystem ships
    const base = stage === 0 ? 'debian:${DEBIAN}' : `stage${stage - 1}`;
    out.push('', `# ---- stage ${stage}: toolchain and libraries ----`, `FROM ${base} AS stage${stage}`);
    out.push('ENV LANG=C.UTF-8 \\');
    for (let i = 0; i < 8; i++) out.push(`    OPT_${stage}_${i}=value-${i} \\`);
    out.push('    DEBIAN_FRONTEND=noninteractive');
    out.push('RUN apt-get update');
    out.push('RUN apt-get install -y \\');
    for (let i = 0; i < 60; i++) out.push(`    libexample${stage}-${i}-dev \\`);
    out.push('    ca-certificates');
    out.push('RUN apt-get clean');
    out.push(`WORKDIR /src/part${stage}`, `COPY part${stage}/ ./`);
    for (let i = 0; i < 6; i++) {
      out.push(`# step ${i}: build and check module ${i}`);
      out.push(`RUN ./configure --prefix=/opt/part${stage} --with-module=${i} \\`, '    && make -j"$(nproc)" \\');
      out.push(`    && make install`);
    }
    out.push('RUN pip install --break-system-packages -r requirements.txt');
    out.push('RUN python3 -m pip install --break-system-packages gunicorn');
    out.push('RUN apk add --no-cache curl || true');
  }
  return out.slice(0, lines).join('\n') + '\n';
}
