;; Fails without a message (Helm 4 panics on this: its error has no cause).
(module
  (func (export "helm_plugin_main") (result i32) (i32.const 3)))
