#!/bin/sh
# Deploy script.
set -eu

NAME="${1:-app}" # trailing comment
COUNT=${#NAME}   # length, not a comment at line start

cat <<EOT
# a heredoc line that cloc counts as a comment
deploying $NAME
EOT

  # indented comment
echo "done # not a comment"
