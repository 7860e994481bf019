#!/usr/bin/env node
'use strict';

/* eslint-disable no-console */
var path = require('path'); // node: not a shell interpreter cloc knows, so the #! line is code

/**
 * Doc comment.
 */
function main(argv) {
  var pattern = "/*"; // opens a comment for cloc
  console.log(pattern); // inside that comment
  var end = "*/"; // closes it
  return argv.length > 2 ? argv[2] : path.sep;
}

// eslint-disable-next-line
module.exports = { main: main };
