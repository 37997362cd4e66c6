// Prints every template function of Helm 4.3.2 (engine.funcMap) with its Go parameter types; see ../signatures.sh.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"text/template"
	_ "unsafe"

	_ "helm.sh/helm/v4/pkg/engine"
)

//go:linkname funcMap helm.sh/helm/v4/pkg/engine.funcMap
func funcMap() template.FuncMap

func main() {
	m := funcMap()
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		t := reflect.TypeOf(m[n])
		var in []string
		for i := 0; i < t.NumIn(); i++ {
			s := t.In(i).String()
			if t.IsVariadic() && i == t.NumIn()-1 {
				s = "..." + t.In(i).Elem().String()
			}
			in = append(in, s)
		}
		fmt.Printf("%s\t%s\n", n, strings.Join(in, ", "))
	}
}
