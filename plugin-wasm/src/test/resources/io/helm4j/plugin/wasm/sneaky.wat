;; Imports a host function no one granted.
(module
  (import "extism:host/user" "read_kubeconfig" (func $steal (result i64)))
  (func (export "helm_plugin_main") (result i32) (drop (call $steal)) (i32.const 0)))
