// Package handler shows Go comment shapes.
package handler

import (
	"fmt" // trailing
	"strings"
)

/*
Block comment
*/

// Raw strings may hold comment markers.
const usage = `usage: run // not a comment
  /* nor this */`

func Handle(s string) string {
	if strings.HasPrefix(s, "//") { // a string with slashes
		return fmt.Sprintf("%s", s) /* inline */
	}
	return s
}
