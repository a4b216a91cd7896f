package scan

import (
	"bytes"
	"testing"
)

func TestRunPrintsEachFolder(t *testing.T) {
	var out bytes.Buffer
	if err := Run(&out, []string{"a"}); err != nil {
		t.Fatal(err)
	}
	if out.String() != "a\n" {
		t.Fatalf("got %q", out.String())
	}
}

func BenchmarkRun(b *testing.B) {
	var out bytes.Buffer
	for i := 0; i < b.N; i++ {
		_ = Run(&out, []string{"a", "b"})
	}
}
