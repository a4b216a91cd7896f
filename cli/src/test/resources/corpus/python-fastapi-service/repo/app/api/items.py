from fastapi import APIRouter

router = APIRouter(prefix="/items")


@router.get("/{sku}")
def get_item(sku: str) -> dict[str, str]:
    return {"sku": sku}
