package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	rspb "helm.sh/helm/v4/pkg/release/v1"
)

// Reads a release JSON on stdin, unmarshals it into Helm 4's release struct, marshals it back.
func main() {
	b, _ := io.ReadAll(os.Stdin)
	var r rspb.Release
	if err := json.Unmarshal(b, &r); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := json.Marshal(&r)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(out)
}
