package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	v1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes/fake"

	rspb "helm.sh/helm/v4/pkg/release/v1"
	"helm.sh/helm/v4/pkg/storage"
	"helm.sh/helm/v4/pkg/storage/driver"
)

// Runs one release's life through Helm 4's own Secret or ConfigMap driver over client-go's fake
// clientset, as Helm's install and upgrade use storage, and prints the objects left behind: name,
// type, labels (createdAt/modifiedAt values shown as T, since they are the clock's), and the JSON.
func rel(version int, status string, labels map[string]string) *rspb.Release {
	var r rspb.Release
	js := fmt.Sprintf(`{"name":"demo","info":{"first_deployed":"2026-12-07T03:00:00Z","last_deployed":"2026-12-07T03:00:0%dZ","description":"rev %d","status":"%s"},"manifest":"a: b\n","version":%d,"namespace":"ns","apply_method":"ssa"}`, version, version, status, version)
	if err := json.Unmarshal([]byte(js), &r); err != nil {
		panic(err)
	}
	r.Labels = labels
	return &r
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	kind := os.Args[1]
	cs := fake.NewClientset()
	var d driver.Driver
	if kind == "Secret" {
		d = driver.NewSecrets(cs.CoreV1().Secrets("ns"))
	} else {
		d = driver.NewConfigMaps(cs.CoreV1().ConfigMaps("ns"))
	}
	s := storage.Init(d)
	s.MaxHistory = 2
	// install: create pending-install with custom labels, then update to deployed
	must(s.Create(rel(1, "pending-install", map[string]string{"team": "x"})))
	r1, err := s.Get("demo", 1)
	must(err)
	r1v := r1.(*rspb.Release)
	r1v.Info.Status = "deployed"
	must(s.Update(r1v))
	// upgrade: last release through Last (labels as the driver lists them), new revision with those labels
	last, err := s.Last("demo")
	must(err)
	lastRel := last.(*rspb.Release)
	labels := map[string]string{}
	for k, v := range lastRel.Labels {
		labels[k] = v
	}
	labels["extra"] = "y"
	must(s.Create(rel(2, "pending-upgrade", labels)))
	lastRel.Info.Status = "superseded"
	must(s.Update(lastRel))
	r2, err := s.Get("demo", 2)
	must(err)
	r2v := r2.(*rspb.Release)
	r2v.Info.Status = "deployed"
	must(s.Update(r2v))
	// a third revision with max history 2 prunes revision 1
	must(s.Create(rel(3, "failed", nil)))
	dump(cs, kind)
}

func dump(cs *fake.Clientset, kind string) {
	type obj struct {
		name, typ string
		labels    map[string]string
		data      string
	}
	var objs []obj
	if kind == "Secret" {
		l, err := cs.CoreV1().Secrets("ns").List(context.Background(), metav1.ListOptions{})
		must(err)
		for _, i := range l.Items {
			objs = append(objs, obj{i.Name, string(i.Type), i.Labels, string(i.Data["release"])})
		}
	} else {
		l, err := cs.CoreV1().ConfigMaps("ns").List(context.Background(), metav1.ListOptions{})
		must(err)
		for _, i := range l.Items {
			objs = append(objs, obj{i.Name, "", i.Labels, i.Data["release"]})
		}
	}
	_ = v1.Secret{}
	sort.Slice(objs, func(i, j int) bool { return objs[i].name < objs[j].name })
	for _, o := range objs {
		var keys []string
		for k := range o.labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var ls []string
		for _, k := range keys {
			v := o.labels[k]
			if k == "createdAt" || k == "modifiedAt" {
				v = "T"
			}
			ls = append(ls, k+"="+v)
		}
		r, err := decode(o.data)
		must(err)
		fmt.Printf("%s type=%q labels=%s\n%s\n", o.name, o.typ, strings.Join(ls, ","), r)
	}
}
