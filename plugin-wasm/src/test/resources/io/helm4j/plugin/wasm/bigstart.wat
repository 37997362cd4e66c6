;; Asks for 64 pages (4 MiB) of memory at start.
(module
  (memory (export "memory") 64)
  (func (export "helm_plugin_main") (result i32) (i32.const 0)))
