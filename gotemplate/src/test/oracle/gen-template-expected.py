#!/usr/bin/env python3
"""Renders every snippet of template-snippets.txt with the reference Helm and records the results.

Each snippet becomes a tiny chart: templates/_t.tpl holds the snippet, templates/z.yaml prints
  out: {{ include "c/templates/_t.tpl" . | b64enc | quote }}
so the raw text/template output (before Helm's "<no value>" clean-up and YAML parsing) comes back
base64-encoded. Values come from template-values.yaml (numbers are float64 in Helm).

Output: src/test/resources/io/helm4j/gotemplate/template-oracle.txt, one line per snippet:
  ID <TAB> ok|error <TAB> base64(snippet) <TAB> base64(expected output, or Helm's error text)
The error text is Helm's message without the "Error: " prefix and the "Use --debug" suffix.
Usage: gen-template-expected.py [ORACLE]   (default $HELM_ORACLE or /work/shared/oracle/helm-oracle)
"""
import base64, json, os, re, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
oracle = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('HELM_ORACLE', '/work/shared/oracle/helm-oracle')
out_file = os.path.join(here, '../resources/io/helm4j/gotemplate/template-oracle.txt')

def read_snippets(path):
    """One snippet a line; a line "# NAME" starts group NAME; the character U+23CE stands for a newline."""
    snippets, group = [], 'misc'
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('# '):
            group = line[2:].strip()
        elif line != '':
            snippets.append((group, line.replace('\u23ce', '\n')))
    return snippets

snippets = read_snippets(os.path.join(here, 'template-snippets.txt'))
# ids: a running number plus the group name of the marker line
snippets = [('%04d-%s' % (i, n), s) for i, (n, s) in enumerate(snippets)]
values = open(os.path.join(here, 'template-values.yaml'), encoding='utf-8').read()
work = tempfile.mkdtemp(prefix='gtoracle')
cases = os.path.join(work, 'cases'); os.makedirs(cases)
for i, (name, text) in enumerate(snippets):
    d = os.path.join(work, 'charts', 'c%04d' % i, 'templates'); os.makedirs(d)
    open(os.path.join(d, '..', 'Chart.yaml'), 'w').write('apiVersion: v2\nname: c\nversion: 0.1.0\n')
    open(os.path.join(d, '..', 'values.yaml'), 'w', encoding='utf-8').write(values)
    open(os.path.join(d, '_t.tpl'), 'w', encoding='utf-8').write(text)
    open(os.path.join(d, 'z.yaml'), 'w').write('out: {{ include "c/templates/_t.tpl" . | b64enc | quote }}\n')
    json.dump({'chart': 'charts/c%04d' % i, 'releaseName': 'r'}, open(os.path.join(cases, 'c%04d.json' % i), 'w'))
res = os.path.join(work, 'out')
subprocess.run([oracle, 'batch', cases, work, res], stdout=subprocess.DEVNULL)  # exits 1 when some cases fail: expected
lines = []
for i, (name, text) in enumerate(snippets):
    ok = os.path.join(res, 'c%04d.yaml' % i)
    b64 = lambda s: base64.b64encode(s.encode('utf-8')).decode()
    if os.path.exists(ok):
        m = re.search(r'^out: "([^"]*)"$', open(ok, encoding='utf-8').read(), re.M)
        lines.append('%s\tok\t%s\t%s' % (name, b64(text), m.group(1)))
    else:
        err = open(os.path.join(res, 'c%04d.error.txt' % i), encoding='utf-8').read()
        err = re.sub(r'^Error: ', '', err)
        err = re.sub(r'\n\nUse --debug flag to render out invalid YAML\n$', '', err).rstrip('\n')
        lines.append('%s\terror\t%s\t%s' % (name, b64(text), b64(err)))
open(out_file, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
shutil.rmtree(work)
print('%d snippets recorded in %s' % (len(lines), os.path.relpath(out_file)))
