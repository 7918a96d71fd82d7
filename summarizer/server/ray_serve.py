"""The same app on Ray Serve: the documented way past one machine.

Each replica builds its own app (``create_app``) when Ray starts it, so each owns its own
engine: with the embedded model, its own loaded model (give it the cores:
``ray_actor_options={"num_cpus": N}``); with a remote backend, its own pool of concurrent
calls. Ray's proxy spreads ``/v1/extract`` across replicas.

Batches are off here (501): a batch lives in one SQLite store, and the replica answering
``GET /v1/batches/{id}`` would not be the one that stored it. Large batches across a
cluster run with ``summarizer batch --ray`` instead. Only this module imports Ray; the
single-machine ``summarizer serve`` never needs it.

    from ray import serve
    from summarizer.server.ray_serve import build
    serve.run(build(replicas=2), route_prefix="/")
"""

from __future__ import annotations

from typing import Any

from summarizer import ServerSettings, Settings

from .auth import KeyRing
from .command import exposure_problem

__all__ = ["build"]


def build(
    settings: Settings | None = None,
    server: ServerSettings | None = None,
    *,
    replicas: int = 2,
    ray_actor_options: dict[str, Any] | None = None,
) -> Any:
    """A bound Ray Serve application of ``replicas`` copies of the app (``serve.run`` it).

    Settings are read here, in the driver, and shipped to the replicas, so every replica
    runs with the same ones. The exposure rule of ``summarizer serve`` applies to the host
    given in ``server`` (Ray's own HTTP proxy address is set with ``serve.start``).
    """
    from ray import serve

    settings = settings or Settings.from_env()
    server = server or ServerSettings.from_env()
    why = exposure_problem(server, KeyRing.load(server.api_keys, server.api_keys_file))
    if why:
        raise ValueError(why)

    def app() -> Any:
        from .app import create_app

        asgi = create_app(settings, server, batches=False)
        replica = serve.get_replica_context().replica_id.unique_id

        @asgi.middleware("http")
        async def _which_replica(request: Any, call_next: Any) -> Any:
            response = await call_next(request)
            response.headers["X-Replica"] = replica  # which copy answered (for tests and tracing)
            return response

        return asgi

    deployment: Any = serve.deployment(
        serve.ingress(app)(_Ingress),
        name="summarizer",
        num_replicas=replicas,
        ray_actor_options=ray_actor_options or {"num_cpus": 0.5},
    )
    return deployment.bind()


class _Ingress:
    """The deployment class Ray wraps around the app; the app does all the work."""
