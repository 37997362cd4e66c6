// Reads JSON lines on stdin, each {"apiVersion","kind","original","modified","current"}, and writes per line
// what Helm 4's client-side update computes for a built-in kind (pkg/kube createPatch: the object converted
// with the client-go scheme plus apiextensions, strategicpatch.NewPatchMetaFromStruct,
// CreateThreeWayMergePatch with overwrite=true) and the object the API server makes of it
// (strategicpatch.StrategicMergePatch applied to current): {"patch":...,"applied":...} or {"error":"..."}.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	apiextv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/strategicpatch"
	"k8s.io/client-go/kubernetes/scheme"
)

type input struct {
	APIVersion string          `json:"apiVersion"`
	Kind       string          `json:"kind"`
	Original   json.RawMessage `json:"original"`
	Modified   json.RawMessage `json:"modified"`
	Current    json.RawMessage `json:"current"`
}

func main() {
	s := runtime.NewScheme()
	scheme.AddToScheme(s)
	apiextv1.AddToScheme(s)
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var c input
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		res := map[string]interface{}{}
		gv, _ := schema.ParseGroupVersion(c.APIVersion)
		obj, err := s.New(gv.WithKind(c.Kind))
		if err != nil {
			res["error"] = err.Error()
		} else if meta, err := strategicpatch.NewPatchMetaFromStruct(obj); err != nil {
			res["error"] = err.Error()
		} else if patch, err := strategicpatch.CreateThreeWayMergePatch(c.Original, c.Modified, c.Current, meta, true); err != nil {
			res["error"] = err.Error()
		} else {
			res["patch"] = json.RawMessage(patch)
			if applied, err := strategicpatch.StrategicMergePatch(c.Current, patch, obj); err != nil {
				res["applyError"] = err.Error()
			} else {
				res["applied"] = json.RawMessage(applied)
			}
		}
		b, _ := json.Marshal(res)
		out.Write(b)
		out.WriteString("\n")
	}
}
