// helm4-judge renders many charts with Helm 4.3.2's own `helm template` command in one process: the
// differential fuzzer's judge (bench/fuzz.sh, FUZZ_JUDGE=helm4batch). Usage, the same as helm-oracle's:
//
//	helm4-judge batch CASES_DIR ROOT OUT_DIR
//
// Each CASES_DIR/NAME.json ({"chart", "releaseName", "namespace", "kubeVersion", "valuesFiles", "set",
// "includeCrds", "skipTests", "noHooks"}; paths relative to ROOT) becomes the command line
// `helm template RELEASE ROOT/CHART [-n NS] [--kube-version V] [-f F]... [--set S]... [flags]`, run by
// Helm's own root command (helm.sh/helm/v4/pkg/cmd.NewRootCmd, what cmd/helm/helm.go runs), a fresh one
// per case. Its standard output goes to OUT_DIR/NAME.yaml; when the command fails, the text the helm CLI
// prints on standard error ("Error: ...") goes to OUT_DIR/NAME.error.txt. Cases whose output exists are
// skipped, so a caller restarts the judge after a crash. A case running longer than HELM4_JUDGE_TIMEOUT
// seconds (default 60) gets an error file and ends the process with exit code 3 (a Go goroutine cannot be
// stopped); a crash of the Go runtime (out of memory, stack overflow) ends it without one.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "unsafe" // go:linkname

	"helm.sh/helm/v4/pkg/chart/common"
	helmcmd "helm.sh/helm/v4/pkg/cmd"
	"helm.sh/helm/v4/pkg/kube"
)

// Every NewRootCmd registers its configuration's initialiser in cobra's global list, which every later
// Execute runs; the judge keeps only the current command's (the CLI makes one command per process).
//
//go:linkname cobraInitializers github.com/spf13/cobra.initializers
var cobraInitializers []func()

type testCase struct {
	Chart       string   `json:"chart"`
	ReleaseName *string  `json:"releaseName"`
	Namespace   *string  `json:"namespace"`
	KubeVersion *string  `json:"kubeVersion"`
	ValuesFiles []string `json:"valuesFiles"`
	Set         []any    `json:"set"`
	IncludeCrds bool     `json:"includeCrds"`
	SkipTests   bool     `json:"skipTests"`
	NoHooks     bool     `json:"noHooks"`
}

func (c testCase) args(root string) []string {
	a := []string{"template"}
	if c.ReleaseName != nil {
		a = append(a, *c.ReleaseName)
	}
	a = append(a, filepath.Join(root, c.Chart))
	if c.Namespace != nil {
		a = append(a, "-n", *c.Namespace)
	}
	if c.KubeVersion != nil {
		a = append(a, "--kube-version", *c.KubeVersion)
	}
	for _, f := range c.ValuesFiles {
		a = append(a, "-f", filepath.Join(root, f))
	}
	for _, s := range c.Set {
		a = append(a, "--set", fmt.Sprint(s))
	}
	if c.IncludeCrds {
		a = append(a, "--include-crds")
	}
	if c.SkipTests {
		a = append(a, "--skip-tests")
	}
	if c.NoHooks {
		a = append(a, "--no-hooks")
	}
	return a
}

type result struct {
	out    []byte
	errTxt string
	failed bool
}

// run is what cmd/helm/helm.go's main does with args, its standard output and error captured.
func run(args []string) (r result) {
	defer func() {
		if p := recover(); p != nil {
			// the CLI would crash with a panic trace and exit code 2
			r = result{errTxt: fmt.Sprintf("panic: %v\n", p), failed: true}
		}
	}()
	cobraInitializers = nil
	var out, errOut bytes.Buffer
	cmd, err := helmcmd.NewRootCmd(&out, args, helmcmd.SetupLogging)
	if err != nil {
		return result{errTxt: "level=WARN msg=\"command failed\" error=\"" + err.Error() + "\"\n", failed: true}
	}
	cmd.SetArgs(args)
	cmd.SetErr(&errOut)
	if err := cmd.Execute(); err != nil {
		return result{out: out.Bytes(), errTxt: errOut.String(), failed: true}
	}
	return result{out: out.Bytes()}
}

func writeAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func main() {
	if len(os.Args) != 5 || os.Args[1] != "batch" {
		fmt.Fprintln(os.Stderr, "usage: helm4-judge batch CASES_DIR ROOT OUT_DIR")
		os.Exit(2)
	}
	kube.ManagedFieldsManager = "helm"
	// .Capabilities.HelmVersion is the build's own information (Helm's version without a patch number when built
	// by `go build`, the Go version), taken when Helm's packages are initialised. HELM4_JUDGE_HELM_VERSION and
	// HELM4_JUDGE_GO_VERSION replace it, so that the fuzzer compares helm4j with a Helm 4.3.2 reporting helm4j's
	// build information (the one field where they are meant to differ) instead of reporting that field in every
	// case that prints it.
	if v := os.Getenv("HELM4_JUDGE_HELM_VERSION"); v != "" {
		common.DefaultCapabilities.HelmVersion.Version = v
	}
	if v := os.Getenv("HELM4_JUDGE_GO_VERSION"); v != "" {
		common.DefaultCapabilities.HelmVersion.GoVersion = v
	}
	cases, root, outDir := os.Args[2], os.Args[3], os.Args[4]
	timeout := 60 * time.Second
	if s := os.Getenv("HELM4_JUDGE_TIMEOUT"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Fprintln(os.Stderr, "helm4-judge: HELM4_JUDGE_TIMEOUT:", err)
			os.Exit(2)
		}
		timeout = time.Duration(n) * time.Second
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "helm4-judge:", err)
		os.Exit(2)
	}
	files, err := filepath.Glob(filepath.Join(cases, "*.json"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "helm4-judge:", err)
		os.Exit(2)
	}
	sort.Strings(files)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		yamlOut := filepath.Join(outDir, name+".yaml")
		errOut := filepath.Join(outDir, name+".error.txt")
		if exists(yamlOut) || exists(errOut) {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "helm4-judge:", err)
			os.Exit(2)
		}
		var c testCase
		if err := json.Unmarshal(data, &c); err != nil {
			fmt.Fprintf(os.Stderr, "helm4-judge: %s: %v\n", f, err)
			os.Exit(2)
		}
		done := make(chan result, 1)
		start := time.Now()
		go func() { done <- run(c.args(root)) }()
		var r result
		select {
		case r = <-done:
		case <-time.After(timeout):
			_ = writeAtomic(errOut, []byte(fmt.Sprintf("Error: helm4-judge: timeout after %s\n", timeout)))
			fmt.Printf("TIMEOUT %s\n", name)
			os.Exit(3)
		}
		if r.failed {
			err = writeAtomic(errOut, []byte(r.errTxt))
		} else {
			err = writeAtomic(yamlOut, r.out)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "helm4-judge:", err)
			os.Exit(2)
		}
		status := "OK"
		if r.failed {
			status = "ERROR"
		}
		fmt.Printf("%-6s %6d ms %s\n", status, time.Since(start).Milliseconds(), name)
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
