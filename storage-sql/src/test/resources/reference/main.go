package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	rspb "helm.sh/helm/v4/pkg/release/v1"
	"helm.sh/helm/v4/pkg/storage"
	"helm.sh/helm/v4/pkg/storage/driver"
)

// gosql CONN NS history NAME   -> prints each revision's JSON and labels, as Helm's SQL driver reads them
// gosql CONN NS create         -> creates the release JSON on stdin through Helm's storage (labels from "labels")
func main() {
	d, err := driver.NewSQL(os.Args[1], os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(1)
	}
	s := storage.Init(d)
	switch os.Args[3] {
	case "history":
		h, err := s.History(os.Args[4])
		if err != nil {
			fmt.Fprintln(os.Stderr, "history:", err)
			os.Exit(1)
		}
		for _, r := range h {
			rel := r.(*rspb.Release)
			b, _ := json.Marshal(rel)
			fmt.Printf("%d %s %v\n%s\n", rel.Version, rel.Info.Status, rel.Labels, b)
		}
	case "create":
		b, _ := io.ReadAll(os.Stdin)
		var rel rspb.Release
		if err := json.Unmarshal(b, &rel); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		rel.Labels = map[string]string{"team": "go"}
		if err := s.Create(&rel); err != nil {
			fmt.Fprintln(os.Stderr, "create:", err)
			os.Exit(1)
		}
	}
}
