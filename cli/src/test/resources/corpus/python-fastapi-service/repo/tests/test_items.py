from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_get_item_returns_the_sku():
    assert client.get("/items/ABC").json() == {"sku": "ABC"}


def test_health():
    assert client.get("/healthz").status_code == 200
