#!/usr/bin/env bash
# Gradescope autograder setup (base image: Ubuntu 24.04). coursecheck is
# built with the static Swift standard library; it needs GSL, OpenBLAS and,
# for HTML sheets, pandoc; for Word sheets, libxml2 (FoundationXML) and zlib.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgsl27 libopenblas0 pandoc libxml2 zlib1g
