import structlog
from celery import Celery

app = Celery("worker")
log = structlog.get_logger()


@app.task
def reprice(sku: str) -> str:
    log.info("repricing", sku=sku)
    return sku
