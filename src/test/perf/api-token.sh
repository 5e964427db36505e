#!/bin/bash
# Signs in with the form (CSRF token from the sign-in page) and prints a new one-day personal API token (JSON).
# usage: api-token.sh <base URL> [e-mail] [password]   e.g. api-token.sh http://localhost:8090
set -euo pipefail
base=$1; user=${2:-pm@dataset.example}; password=${3:-dataset-demo}; jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
c=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$c" "$base/login"
c=$(curl -s -c "$jar" -b "$jar" "$base/account/tokens" | csrf)
curl -s -c "$jar" -b "$jar" -H "X-CSRF-TOKEN: $c" -H 'Content-Type: application/json' \
  -d "{\"name\":\"benchmark $(date +%s)\",\"expiresInDays\":1}" "$base/api/account/tokens"
echo
