#!/usr/bin/env bash
# Gradescope autograder setup (base image: Ubuntu 24.04). coursecheck is
# built with the static Swift standard library; it needs GSL, OpenBLAS and,
# for Word and HTML sheets, pandoc.
set -euo pipefail
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libgsl27 libopenblas0 pandoc
