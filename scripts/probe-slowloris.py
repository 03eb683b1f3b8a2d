# Opens N connections that each send half a request, then times /healthz:
# what the header timeout and the connection cap are for (docs/performance.md).
# Usage: python3 scripts/probe-slowloris.py HOST PORT N (raise `ulimit -n` above N first).
import socket, sys, time, urllib.request
host, port, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
socks = []
for i in range(n):
    s = socket.create_connection((host, port))
    s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    socks.append(s)
t = time.time()
try:
    r = urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=60)
    print(f"{n} half-sent connections: /healthz answered {r.status} after {time.time()-t:.1f} s")
except Exception as e:
    print(f"{n} half-sent connections: /healthz failed after {time.time()-t:.1f} s: {e}")
closed = 0
for s in socks:
    s.settimeout(0.01)
    try:
        if s.recv(1) == b"": closed += 1
    except Exception:
        pass
print(f"closed by the server so far: {closed} of {n}")
